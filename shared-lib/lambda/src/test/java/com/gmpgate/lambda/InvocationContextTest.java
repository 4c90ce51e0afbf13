package com.gmpgate.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvocationContextTest {

    @Test
    void context_namesTheFunction_andCountsDownToItsDeadline_neverBelowZero() {
        InvocationContext running = new InvocationContext("QrFunction", "req-1", 512,
                System.currentTimeMillis() + 60_000, InvocationContext.logger(m -> { }));
        InvocationContext late = new InvocationContext("QrFunction", "req-2", 512, System.currentTimeMillis() - 5,
                InvocationContext.logger(m -> { }));

        assertThat(running.getAwsRequestId()).isEqualTo("req-1");
        assertThat(running.getInvokedFunctionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:QrFunction");
        assertThat(running.getLogGroupName()).isEqualTo("/aws/lambda/QrFunction");
        assertThat(running.getMemoryLimitInMB()).isEqualTo(512);
        assertThat(running.getRemainingTimeInMillis()).isBetween(1, 60_000);
        assertThat(late.getRemainingTimeInMillis()).isZero();
    }

    @Test
    void logger_handsOnTextAndUtf8Bytes_alike() {
        List<String> messages = new ArrayList<>();
        InvocationContext context = new InvocationContext("f", "r", 128, 0, InvocationContext.logger(messages::add));

        context.getLogger().log("plain");
        context.getLogger().log("출입 허용".getBytes(StandardCharsets.UTF_8));

        assertThat(messages).containsExactly("plain", "출입 허용");
    }
}
