/** ai-service: filled by its own issue. */
package com.gmpgate.ai;
