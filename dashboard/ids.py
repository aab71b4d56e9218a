"""Every component id of the dashboard, in one place (layout, callbacks and tests use these)."""

URL = "url"
STATE = "view-state"

# filters
START_END = "filter-dates"
CATEGORY = "filter-category"
MEASURE = "filter-measure"
COUNTRY = "filter-country"
PROVINCE = "filter-province"
DOCUMENT = "filter-document"
CONFIDENCE = "filter-confidence"
PLACE_CHIP = "selected-place"
PLACE_NAME = "selected-place-name"
CLEAR_PLACE = "clear-place"
RESET = "reset-filters"

# key figures
KEY_FIGURES = "key-figures"

# map
MAP = "map"
MAP_LAYER = "map-layer"
MAP_SUMMARY = "map-summary"

# charts
TIMELINE = "timeline"
TIMELINE_SUMMARY = "timeline-summary"
BARS = "bars"
BARS_SUMMARY = "bars-summary"

# table and document
TABLE = "figures-table"
TABLE_SEARCH = "table-search"
TABLE_COUNT = "table-count"
DOCUMENT_VIEW = "document-view"
DOC_SCROLL = "document-scroll"

# exports
DOWNLOADS = "downloads"
EMBEDS = "embeds"
