// What keylint knows of one vendor, outside its detection rules (rules/<vendor>.json): its name, its
// official API origins, the request rate it tolerates, and how a leaked key is revoked.
import type { Vendor } from '../types.js';

/** One vendor's profile. */
export interface VendorProfile {
  id: Vendor;
  /** The name people use, for reports. */
  name: string;
  /** Official API origins by environment: validation requests go there and nowhere else. */
  origins: { production: readonly string[]; staging?: readonly string[]; development?: readonly string[] };
  /** Validation requests per minute the vendor tolerates. */
  perMinute: number;
  /** Who revokes a key, and the steps the vendor documents (no vendor has a revoke API). */
  revoke: { who: string; steps: readonly string[] };
}
