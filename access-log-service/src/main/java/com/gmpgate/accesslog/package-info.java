/** access-log-service: filled by its own issue. */
package com.gmpgate.accesslog;
