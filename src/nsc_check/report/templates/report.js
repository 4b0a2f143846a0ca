// Switch between the gap views and sort the gap table by a column (rows stay in their group).
(function () {
  "use strict";
  var root = document.documentElement;
  root.setAttribute("data-js", "on");

  var buttons = document.querySelectorAll(".view-button");
  var views = document.querySelectorAll(".view");
  function show(name) {
    views.forEach(function (v) { v.hidden = v.getAttribute("data-view") !== name; });
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-view") === name));
    });
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { show(b.getAttribute("data-view")); });
  });
  if (buttons.length) { show(buttons[0].getAttribute("data-view")); }

  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ""; }
    var value = cell.getAttribute("data-sort");
    return value === null ? cell.textContent.trim() : value;
  }
  // Empty cells go last in either direction.
  function compare(x, y, descending) {
    if (x === "" || y === "") { return (x === "") - (y === ""); }
    var nx = Number(x), ny = Number(y);
    var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, root.lang);
    return descending ? -order : order;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      th.setAttribute("role", "button");
      th.tabIndex = 0;
      function sort() {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        Array.prototype.forEach.call(table.tBodies, function (body) {
          var rows = Array.prototype.filter.call(body.rows, function (r) {
            return !r.classList.contains("group-head");
          });
          rows.sort(function (a, b) {
            return compare(key(a, column), key(b, column), descending);
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
      });
    });
  });
}());
