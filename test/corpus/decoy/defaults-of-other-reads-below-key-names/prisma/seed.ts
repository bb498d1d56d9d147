import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();

await prisma.credential.createMany({
  data: [
    { provider: "maiagent", key: "{{key:maiagent}}" },
    { provider: "internal", key: "{{decoy:uuid}}" },
  ],
});
