/** notification-service: filled by its own issue. */
package com.gmpgate.notification;
