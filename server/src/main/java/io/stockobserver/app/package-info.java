/**
 * Application wiring: CDI beans that read the configuration once, build the plain components of the other packages
 * and own their lifecycle (start at deployment, orderly stop at shutdown). No business rules live here.
 */
package io.stockobserver.app;
