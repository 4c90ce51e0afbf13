/** The local runtime. */
package com.gmpgate.local;
