from dataclasses import dataclass, field
from unittest.mock import MagicMock


@dataclass
class NovaMedSettings:
    base_url: str = "https://feapi.novamed.care"
    api_key: str = field(default_factory=lambda: "{{key:novamed policies=prod-key-in-dev-config}}")


get_novamed_api_key = MagicMock(return_value="{{key:novamed policies=prod-key-in-dev-config}}")
get_novamed_clinic = MagicMock(return_value="{{decoy:alnum:40}}")
