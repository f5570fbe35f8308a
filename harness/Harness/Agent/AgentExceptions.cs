// The typed failures of talking to the guest agent, so callers can tell a broken channel from a
// request the guest refused.
namespace Harness.Agent;

/// <summary>Base of every failure raised by <see cref="AgentClient"/> and the frame codec.</summary>
public abstract class AgentException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected AgentException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>Bytes on the channel broke the protocol: a frame that does not decode, a reply of the wrong type, a malformed reply payload.</summary>
public sealed class AgentProtocolException : AgentException
{
    /// <summary>Creates the exception.</summary>
    public AgentProtocolException(AgentErrorCode code, string message, uint requestId = 0)
        : base($"agent protocol error ({code}): {message}")
    {
        Code = code;
        RequestId = requestId;
    }

    /// <summary>What was wrong with the frame.</summary>
    public AgentErrorCode Code { get; }

    /// <summary>The request id read from the frame's header, or 0 when it was unreadable.</summary>
    public uint RequestId { get; }
}

/// <summary>The agent answered a request with an error reply.</summary>
public sealed class AgentErrorReplyException : AgentException
{
    /// <summary>Creates the exception.</summary>
    public AgentErrorReplyException(AgentMessageType request, AgentErrorCode code, int errno, string agentMessage)
        : base($"agent refused {request} ({code}{(errno != 0 ? $", errno {errno}" : "")}): {agentMessage}")
    {
        Request = request;
        Code = code;
        Errno = errno;
        AgentMessage = agentMessage;
    }

    /// <summary>The request that failed.</summary>
    public AgentMessageType Request { get; }

    /// <summary>The agent's error code.</summary>
    public AgentErrorCode Code { get; }

    /// <summary>The guest errno behind the failure, or 0.</summary>
    public int Errno { get; }

    /// <summary>The agent's own description of the failure.</summary>
    public string AgentMessage { get; }
}

/// <summary>The channel to the agent closed (the guest powered off or crashed) before a reply came.</summary>
public sealed class AgentDisconnectedException : AgentException
{
    /// <summary>Creates the exception.</summary>
    public AgentDisconnectedException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>No reply came within the client's request timeout.</summary>
public sealed class AgentTimeoutException : AgentException
{
    /// <summary>Creates the exception.</summary>
    public AgentTimeoutException(AgentMessageType request, TimeSpan timeout)
        : base($"the agent did not answer {request} within {timeout.TotalSeconds:0.###} s")
    {
        Request = request;
        Timeout = timeout;
    }

    /// <summary>The request that went unanswered.</summary>
    public AgentMessageType Request { get; }

    /// <summary>How long the client waited.</summary>
    public TimeSpan Timeout { get; }
}
