def novamed_key(env: str) -> str:
    match env:
        case "prod":
            return "{{key:novamed}}"
        case _:
            return "{{key:novamed}}"
