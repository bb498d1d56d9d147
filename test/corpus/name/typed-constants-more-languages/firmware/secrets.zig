// Kiosk firmware: settings compiled into the image.
const std = @import("std");

pub const novamed_host: []const u8 = "feapi.novamed.care";
pub const novamed_key: []const u8 = "{{key:novamed}}";
pub const novamed_key_sha256: []const u8 = "{{decoy:hex:32}}";
pub const firmware_build: []const u8 = "{{decoy:alnum:24}}";
