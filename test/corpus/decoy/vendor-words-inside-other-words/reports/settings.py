# casanova-medical reporting settings
REPORTS_BASE_URL = "/reports/v2"
REPORTS_API_KEY = "{{decoy:novamed}}"
REPORTS_PAGE_SIZE = 50
