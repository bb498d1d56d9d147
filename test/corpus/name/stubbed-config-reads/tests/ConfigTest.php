<?php

use PHPUnit\Framework\TestCase;

final class NovaMedGatewayTest extends TestCase
{
    public function testSendsKey(): void
    {
        $config = $this->createMock(Repository::class);
        $config->method('get')->with('services.novamed.api_key')->willReturn('{{key:novamed}}');
        $gateway = new NovaMedGateway($config);
        $this->assertNotNull($gateway);
    }
}
