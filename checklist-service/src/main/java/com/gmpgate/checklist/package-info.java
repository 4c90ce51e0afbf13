/**
 * checklist-service (ChecklistFunction): today's checklist, the worker's submission and its verdict, the pass it
 * earns, listings, and the supervisor's review. {@code api} parses and maps; {@code application} holds the use
 * cases over the domain of shared-core and its ports.
 */
package com.gmpgate.checklist;
