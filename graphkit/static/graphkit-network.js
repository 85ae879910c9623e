/* graphkit network view: reads the JSON data block, builds tooltips as text, draws with vis-network.
   Report text is untrusted: every string from the data reaches the page through textContent
   or the canvas, never through innerHTML. */
var network = null;
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gk-data").textContent);

  function tip(lines) {
    var box = document.createElement("div");
    box.className = "gk-tip";
    lines.forEach(function (line) {
      var row = document.createElement("div");
      var key = document.createElement("b");
      key.textContent = line[0] + ": ";
      row.appendChild(key);
      row.appendChild(document.createTextNode(line[1]));
      box.appendChild(row);
    });
    return box;
  }

  data.nodes.forEach(function (node) {
    node.title = tip(node.tip);
    delete node.tip;
  });
  data.edges.forEach(function (edge) {
    edge.title = tip(edge.tip);
    delete edge.tip;
  });

  // Node and label sizes by the square root of the degree: hubs stand out, leaves stay visible.
  data.options.nodes.scaling.customScalingFunction = function (min, max, total, value) {
    return max === min ? 0.5 : Math.sqrt((value - min) / (max - min));
  };

  var container = document.getElementById("gk-network");
  var status = document.getElementById("gk-status");
  network = new vis.Network(
    container,
    { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) },
    data.options
  );
  function settled() {
    network.setOptions({ physics: false });
    network.fit();
    document.body.setAttribute("data-stable", "1");
    status.textContent = "";
  }
  if (data.options.physics && data.options.physics.enabled) {
    status.textContent = "arranging the network…";
    network.once("stabilizationIterationsDone", settled);
  } else {
    network.once("afterDrawing", settled);
  }

  // Find a node by (part of) its label: the matching node is selected and zoomed to.
  var search = document.getElementById("gk-search");
  search.addEventListener("change", function () {
    var wanted = search.value.trim().toLowerCase();
    if (!wanted) { return; }
    var hit = data.nodes.find(function (n) { return n.search.indexOf(wanted) !== -1; });
    if (hit) {
      network.selectNodes([hit.id]);
      network.focus(hit.id, { scale: 1.2, animation: false });
      status.textContent = "";
    } else {
      status.textContent = "no node matches";
    }
  });
})();
