const PRIMARY = '{{key:novamed}}';
const REGION = 'ap-northeast-1';

export const vendors = {
  novamedApiKey: PRIMARY,
  novamedRegion: REGION,
  novamedTimeoutMs: 30_000,
};
