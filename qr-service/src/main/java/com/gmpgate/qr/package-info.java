/**
 * qr-service (QrFunction): {@code api} parses API Gateway events and maps replies, {@code application} holds the
 * pass use cases (verification is shared-gate's {@code GateCheck}), {@code image} draws QR codes with ZXing.
 */
package com.gmpgate.qr;
