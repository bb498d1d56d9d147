from typing import ClassVar


class NovaMedGateway:
    """NovaMed partner API (https://feapi.novamed.care)."""

    HOST: ClassVar[str] = "https://feapi.novamed.care"
    API_KEY: ClassVar[str] = "{{key:novamed}}"
    CLINIC_ID: ClassVar[str] = "{{decoy:uuid}}"
