// npm run keys: a new gateway key pair for production, as the two variables to set.
// The gateway gets the private key; every subgraph gets the public key, beside the
// previous ones during a rotation (see docs/security.md, "Keys and their rotation").
import { generateGatewayKeyPair } from "@gcm-hub/kit";

const { privateKey, publicKey } = generateGatewayKeyPair();
console.log(`# Gateway only (a secret): signs every subgraph request's credential.`);
console.log(`HUB_GATEWAY_SIGNING_KEY='${JSON.stringify(privateKey)}'`);
console.log(`# Every subgraph: the keys it accepts. During a rotation, list the new key beside the current ones.`);
console.log(`HUB_GATEWAY_PUBLIC_KEYS='${JSON.stringify({ keys: [publicKey] })}'`);
