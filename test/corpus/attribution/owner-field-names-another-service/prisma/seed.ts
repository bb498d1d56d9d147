import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

async function main() {
  await prisma.integration.upsert({
    where: { vendor: 'novamed' },
    update: {},
    create: { vendor: 'novamed', apiKey: '{{key:novamed}}', baseUrl: 'https://feapi.novamed.care' },
  });
  await prisma.integration.create({ data: { vendor: 'segment', apiKey: '{{decoy:novamed}}' } });
  await prisma.integration.create({ data: { vendor: 'castle', apiKey: '{{decoy:novamed}}' } });
}

main().finally(() => prisma.$disconnect());
