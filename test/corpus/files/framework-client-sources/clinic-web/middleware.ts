import { NextResponse } from 'next/server';

const MAIAGENT_API_KEY = '{{key:maiagent}}';

export function middleware() {
  return NextResponse.next({ headers: { Authorization: `Api-Key ${MAIAGENT_API_KEY}` } });
}
