/** auth-service: filled by its own issue. */
package com.gmpgate.auth;
