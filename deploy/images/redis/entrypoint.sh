#!/bin/sh
# Redis for the gateways: writes its configuration (with the gateway user's password) to
# /tmp, readable by this user only, and serves. REDIS_KEY_PATTERN is the keys the gateway
# user may touch (default gcm-hub:*, the gateway's REDIS_KEY_PREFIX). Its one channel is
# __redis__:invalidate, where each gateway hears of changes to the cache's generations
# (CLIENT TRACKING; gateway/src/plugins/generationFeed.ts).
set -eu
if [ -z "${REDIS_GATEWAY_PASSWORD:-}" ]; then
  echo "gcm-hub-redis: REDIS_GATEWAY_PASSWORD is not set (the password of the ACL user gateway)" >&2
  exit 64
fi
if [ "${#REDIS_GATEWAY_PASSWORD}" -lt 16 ]; then
  echo "gcm-hub-redis: REDIS_GATEWAY_PASSWORD is shorter than 16 characters" >&2
  exit 64
fi
umask 077
cat > /tmp/redis.conf <<CONF
bind * -::*
port 6379
protected-mode no
save ""
appendonly no
dir /tmp
user default off
user gateway on >$REDIS_GATEWAY_PASSWORD ~${REDIS_KEY_PATTERN:-gcm-hub:*} resetchannels &__redis__:invalidate +@all -@admin -@dangerous +info
CONF
exec redis-server /tmp/redis.conf
