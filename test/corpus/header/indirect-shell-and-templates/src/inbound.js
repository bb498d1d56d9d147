// Our own inbound webhook endpoint: callers must send the shared key we gave them.
const SHARED = '{{key:novamed unconfirmed}}';

module.exports = function requireKey(req, res, next) {
  if (req.get('x-api-key') !== SHARED) return res.sendStatus(401);
  return next();
};
