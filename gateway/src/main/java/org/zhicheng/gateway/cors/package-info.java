/**
 * CORS for the portals: which browser origins may call the gateway, with which methods and headers, and which
 * response headers their scripts may read. Answered once here, before security, for every path.
 */
package org.zhicheng.gateway.cors;
