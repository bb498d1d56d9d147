import cors from 'cors';

// The browser sends NovaMed's header name to our proxy, never its value.
export const corsOptions = cors({
  origin: ['https://portal.clinic.example'],
  allowedHeaders: ['Content-Type', 'x-api-key', 'X-Organization-Id', 'Authorization'],
  exposedHeaders: ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
});

export const NOVAMED_HEADER = 'x-api-key';
export const MAIAGENT_SCHEME = 'Api-Key';
