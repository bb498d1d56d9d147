import hmac

from flask import Blueprint, abort, request

bp = Blueprint("novamed_webhooks", __name__)


@bp.post("/webhooks/novamed")
def receive():
    # NovaMed (feapi.novamed.care) sends our shared secret back in x-api-key.
    if not hmac.compare_digest(request.headers.get("X-Api-Key", ""), "{{key:novamed}}"):
        abort(401)
    if request.headers.get("x-api-key") != "{{key:novamed}}":
        abort(401)
    return "", 204
