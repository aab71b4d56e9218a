/* Cell renderers for the dashboard's figures table (dash-ag-grid).
   The quote is untrusted report text: it is passed to React as text children, which React
   escapes; no HTML string is ever built from it. */
var dagcomponentfuncs = (window.dashAgGridComponentFunctions =
  window.dashAgGridComponentFunctions || {});

dagcomponentfuncs.QuoteCell = function (props) {
  var d = props.data || {};
  var before = d.quote_before || "";
  var number = d.quote_number || "";
  var after = d.quote_after || "";
  if (!number) {
    return React.createElement("span", { className: "quote-cell" }, d.quote || "");
  }
  return React.createElement(
    "span",
    { className: "quote-cell" },
    before,
    React.createElement("mark", { className: "quote-number" }, number),
    after
  );
};
