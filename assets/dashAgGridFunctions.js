/* Functions named in the dashboard's AG Grid column definitions. */
var dagfuncs = (window.dashAgGridFunctions = window.dashAgGridFunctions || {});

/* Sort "Value / range" by the people estimate, not by its text. */
dagfuncs.dashboardPeopleComparator = function (a, b, nodeA, nodeB) {
  var x = nodeA && nodeA.data ? nodeA.data.people : null;
  var y = nodeB && nodeB.data ? nodeB.data.people : null;
  if (x == null && y == null) return 0;
  if (x == null) return -1;
  if (y == null) return 1;
  return x - y;
};
