"""Typed settings object read by the NovaMed worker."""
import os


class PartnerSettings:
    @property
    def novamed_api_key(self) -> str:
        return "{{key:novamed}}"

    @property
    def novamed_clinic_id(self) -> str:
        return "{{decoy:uuid}}"

    def novamed_api_key_or(self, default: str | None = None) -> str | None:
        return os.environ.get("NOVAMED_API_KEY", default)
