/**
 * Demo data of the local stack: the plan tables of the seed notices (deploy/demo-data) loaded through the public
 * API, as the demo users of the realm would enter them, the demo applicants' continuing-education hours
 * (deploy/demo-data/hours.tsv) recorded by their employer, and a small client for the gateway and Keycloak that the
 * loader, the end-to-end tests and the benchmark share.
 */
package org.zhicheng.stack.demo;
