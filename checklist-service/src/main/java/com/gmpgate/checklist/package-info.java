/** checklist-service: filled by its own issue. */
package com.gmpgate.checklist;
