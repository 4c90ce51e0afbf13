/** qr-service: filled by its own issue. */
package com.gmpgate.qr;
