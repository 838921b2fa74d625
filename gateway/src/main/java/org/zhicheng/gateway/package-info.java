/**
 * The Zhicheng gateway: the one URL portals use. It routes {@code /api/v1/**} by prefix to the five services,
 * validates Keycloak tokens and relays them, answers CORS, stamps request ids and turns every failure it
 * produces itself (bad token, unknown path, dead service, rate limit) into the platform's problem JSON.
 */
package org.zhicheng.gateway;
