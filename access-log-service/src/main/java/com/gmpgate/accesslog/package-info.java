/**
 * access-log-service (AccessLogFunction): {@code api} parses API Gateway events and maps replies,
 * {@code application} holds the log listings, the CSV export and presence; the offline batch is shared-gate's
 * {@code OfflineSync}, the same verify-and-log qr-service runs online.
 */
package com.gmpgate.accesslog;
