"""The rendered page in headless Chromium, offline: it draws, stops moving, and runs nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import networkx as nx
import pytest

from graphkit.networks import SEP
from graphkit.render import render_html

CHROMIUM = Path("/usr/bin/chromium")
XSS = 'Evil </select><img src=x onerror="window.__pwned=1"> Org'
SHOTS = Path(os.environ.get("GK_SCREENSHOTS", "/tmp/graphkit-screenshots"))

pytestmark = pytest.mark.browser


def _browser_available() -> None:
    missing = None
    if not CHROMIUM.exists():
        missing = f"{CHROMIUM} not installed (apt-get install -y chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright for Python is not installed"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run in CI: {missing}")
        pytest.skip(missing)


def sample_graph() -> nx.Graph:
    """Three countries and 30 partners, one named with an XSS payload."""
    g = nx.Graph(kind="partners")
    for c, name in enumerate(("Morocco", "Kenya", "Peru")):
        g.add_node(f"c{c}", label=name, kind="country", countries=name, reports="", n_reports=0)
    for p in range(30):
        label = XSS if p == 0 else f"Partner {p} </script><script>window.__pwned=1</script>"
        g.add_node(
            f"p{p}",
            label=label,
            kind="partner",
            sector=("government", "un", "private")[p % 3],
            countries=f"Kenya{SEP}Morocco",
            reports=f"r{p}.md",
            n_reports=1,
            report_titles=f'<img src=x onerror="window.__pwned=2"> report {p}',
        )
        for c in range(1 + p % 3):
            g.add_edge(f"c{c}", f"p{p}", weight=1, reports=f"r{p}.md")
    for n in g:
        g.nodes[n]["degree"] = g.degree(n)
    return g


def test_page_draws_offline_and_runs_no_injected_code(tmp_path: Path) -> None:
    _browser_available()
    from playwright.sync_api import sync_playwright

    page_path = tmp_path / "partners.html"
    render_html(sample_graph(), page_path, title=f"Partners {XSS}")
    shot = tmp_path / "partners.png"
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 800}, offline=True)

            def refuse(route: object) -> None:
                requests.append(route.request.url)  # type: ignore[attr-defined]
                route.abort()  # type: ignore[attr-defined]

            context.route(lambda url: not url.startswith("file://"), refuse)
            page = context.new_page()
            page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
            page.on(
                "console",
                lambda m: (
                    errors.append(f"console {m.type}: {m.text}")
                    if m.type in ("error", "warning")
                    else None
                ),
            )
            page.goto(page_path.as_uri())
            page.wait_for_selector('body[data-stable="1"]', timeout=20_000)
            drawn = page.evaluate("() => network.body.data.nodes.length")
            physics = page.evaluate("() => network.physics.physicsEnabled")
            # Hover the XSS partner: its tooltip must show the payload as text.
            position = page.evaluate(
                "() => { const id = network.body.data.nodes.get().find("
                "n => n.label.startsWith('Evil')).id;"
                " const at = network.canvasToDOM(network.getPositions([id])[id]);"
                " const box = document.getElementById('gk-network').getBoundingClientRect();"
                " return {x: box.left + at.x, y: box.top + at.y}; }"
            )
            page.mouse.move(position["x"] - 30, position["y"] - 30)
            page.mouse.move(position["x"], position["y"], steps=5)
            page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
            tooltip = page.inner_text("div.vis-tooltip")
            images = page.evaluate("() => document.images.length")
            pwned = page.evaluate("() => window.__pwned")
            page.screenshot(path=str(shot))
        finally:
            browser.close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    kept = SHOTS / "test-partners.png"
    shutil.copyfile(shot, kept)
    print(f"screenshot for a person to look at: {kept}")
    assert drawn == 33
    assert physics is False
    assert pwned is None
    assert images == 0
    assert XSS in tooltip
    assert errors == []
    assert requests == []
    assert shot.stat().st_size > 10_000
