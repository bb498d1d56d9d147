var _0x3f2a = ["{{hex-escape}}{{key:maxai-prd}}{{/hex-escape}}", "\x41\x75\x74\x68\x6f\x72\x69\x7a\x61\x74\x69\x6f\x6e"];
var _0x1b7c = ["{{hex-escape}}{{decoy:lit:max_prd_ak_SBA...01S}}{{/hex-escape}}"];
module.exports = { _0x3f2a, _0x1b7c };
