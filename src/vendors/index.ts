// The vendor registry: one file per vendor. Config, reports, validation and revocation read vendor facts
// from here; the detection rules keep theirs in rules/<vendor>.json.
import type { Vendor } from '../types.js';
import { maiagent } from './maiagent.js';
import { maxai } from './maxai.js';
import { novamed } from './novamed.js';
import type { VendorProfile } from './profile.js';

/** Every vendor by id, in the order reports list them. */
export const VENDORS: Record<Vendor, VendorProfile> = { maxai, novamed, maiagent };

/** The vendor ids. */
export const VENDOR_IDS = Object.keys(VENDORS) as Vendor[];

/** True when `value` names a vendor of the registry. */
export function isVendor(value: string): value is Vendor {
  return Object.hasOwn(VENDORS, value);
}
