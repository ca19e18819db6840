import { startWebhookReceiver, type TestGateway, type WebhookReceiver } from '@proximus-privacy/gateway/test-support';

/**
 * Registers a campaign tool that takes direct-marketing choices by webhook, at a receiver of the
 * test's own (push status codes to `answers` to make it fail). The caller stops the receiver.
 */
export async function registerCampaignTool(gateway: TestGateway): Promise<WebhookReceiver> {
  const receiver = await startWebhookReceiver();
  const registered = await gateway.graphql(
    'mutation($input: RegisterDownstreamSystemInput!) { registerDownstreamSystem(input: $input) { apiKey } }',
    {
      input: {
        key: 'campaign-tool',
        name: 'Campaign tool',
        purposes: ['direct-marketing'],
        webhookUrl: receiver.url,
      },
    },
    { token: await gateway.signIn('dpo@example.com') },
  );
  if (registered.errors) throw new Error(`registerDownstreamSystem failed: ${JSON.stringify(registered.errors)}`);
  return receiver;
}
