package com.gmpgate.messaging;

import com.gmpgate.port.AlertDeliveryException;
import com.gmpgate.port.LivePush;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/**
 * {@link LivePush} through the WebSocket API's management endpoint ({@code https://<api>.execute-api.<region>
 * .amazonaws.com/<stage>}): PostToConnection, where 410 Gone means the socket has closed without a $disconnect
 * reaching us (a phone that lost its network); the caller then forgets the connection.
 */
public final class ApiGatewayLivePush implements LivePush {

    private final ApiGatewayManagementApiClient client;

    public ApiGatewayLivePush(ApiGatewayManagementApiClient client) {
        this.client = client;
    }

    @Override
    public boolean post(String connectionId, String message) {
        try {
            client.postToConnection(b -> b.connectionId(connectionId).data(SdkBytes.fromUtf8String(message)));
            return true;
        } catch (GoneException e) {
            return false;
        } catch (SdkException e) {
            throw new AlertDeliveryException("PostToConnection failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
