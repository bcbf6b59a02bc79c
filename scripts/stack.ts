// npm run stack:up / stack:down: the compose stack (deploy/compose.yaml) from the images of
// `npm run images`, with podman-compose. Up prints the gateways' URLs once both are ready,
// or which container failed and its log; down removes the containers, networks, volumes
// and the stack's secrets.
import { containerStates, GATEWAY_URLS, SECRETS_FILE, stackDown, stackUp } from "@gcm-hub/deploy/composeStack";
import { HUB_IMAGE, imageExists, POSTGRES_IMAGE, REDIS_IMAGE } from "@gcm-hub/deploy/containerImages";

const command = process.argv[2];
const started = Date.now();
if (command === "up") {
  const missing = [HUB_IMAGE, POSTGRES_IMAGE, REDIS_IMAGE].filter((image) => !imageExists(image));
  if (missing.length) {
    console.error(`Missing images ${missing.join(", ")}: run npm run images first.`);
    process.exit(1);
  }
  try {
    await stackUp();
  } catch (error) {
    console.error(`The stack did not start: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`GCM Hub stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s (podman-compose, production mode, secrets in ${SECRETS_FILE})`);
  console.log(`  gateway-1    ${GATEWAY_URLS[0]}/graphql`);
  console.log(`  gateway-2    ${GATEWAY_URLS[1]}/graphql`);
  for (const container of containerStates()) console.log(`  ${container.service.padEnd(20)} ${container.name.padEnd(28)} ${container.status}`);
  console.log(`  npm run stack:down removes it, its volumes and its secrets`);
} else if (command === "down") {
  await stackDown();
  console.log(`GCM Hub stack removed (containers, networks, volumes, secrets) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else {
  console.error("Usage: npm run stack:up | npm run stack:down");
  process.exit(2);
}
