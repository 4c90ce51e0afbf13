package com.gmpgate.port;

/** Sends one message down one socket (API Gateway's management API in AWS). */
public interface LivePush {

    /**
     * @return false when the connection is gone (API Gateway answers 410): the caller forgets it
     * @throws AlertDeliveryException when the message could not be handed over for another reason
     */
    boolean post(String connectionId, String message);
}
