import functools


class MaiAgentSettings:
    base_url = "https://api.maiagent.ai/api/v1/"

    @property
    @functools.lru_cache(maxsize=None)
    def api_key(self) -> str:
        # issued by MaiAgent support; rotate yearly
        return "{{key:maiagent-opaque}}"
