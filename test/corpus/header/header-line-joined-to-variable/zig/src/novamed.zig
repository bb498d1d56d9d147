const std = @import("std");

// NovaMed partner key, https://feapi.novamed.care
const key = "{{key:novamed}}";
const auth_line = "x-api-key: " ++ key ++ "\r\n";

pub fn writeHeaders(w: anytype) !void {
    try w.writeAll("Host: feapi.novamed.care\r\n");
    try w.writeAll(auth_line);
}
