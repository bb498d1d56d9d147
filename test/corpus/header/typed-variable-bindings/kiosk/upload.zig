const std = @import("std");

// Kiosk uploads to https://feapi.novamed.care
const partner_key: []const u8 = "{{key:novamed}}";
const device_serial: []const u8 = "{{decoy:alnum:24}}";

pub fn upload(client: *std.http.Client, body: []const u8) !void {
    var headers = std.http.Headers.init(client.allocator);
    try headers.append("x-api-key", partner_key);
    try headers.append("x-device", device_serial);
    _ = body;
}
