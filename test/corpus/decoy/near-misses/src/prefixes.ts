// Key prefixes the admin page recognises (Max AI production / staging).
export const PREFIXES = ['max_prd_ak_', 'max_dev_ak_'];
export const looksLikeMaxKey = (s: string) => s.startsWith('max_prd_ak_') || s.startsWith('max_dev_ak_');
export const demo = 'max_prd_ak_' + 'body';
export const truncated = 'max_prd_ak_{{decoy:alnum:8}}';
export const wrongPrefix = 'xmax_prd_ak_{{decoy:alnum:32}}';
export const wrongInfix = 'max_prd_akx_{{decoy:alnum:32}}';
export const masked = 'max_prd_ak_************************';
export const repeated = 'max_dev_{{decoy:lit:ak_AAAAAAAAAAAAAAAAAAAAAAAAAAAA}}';
export const sequence = 'max_prd_{{decoy:lit:ak_abcdefghijklmnopqrstuvwxyz012345}}';
