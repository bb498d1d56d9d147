import { NextResponse } from 'next/server';

export async function GET() {
  const res = await fetch(`${process.env.MAXAI_API_URL}/v1/patients?limit=20`, {
    headers: {
      Authorization: `Bearer ${process.env.MAXAI_API_KEY}`,
      'X-Organization-Id': process.env.MAXAI_ORG_ID ?? '',
    },
    cache: 'no-store',
  });
  return NextResponse.json(await res.json(), { status: res.status });
}
