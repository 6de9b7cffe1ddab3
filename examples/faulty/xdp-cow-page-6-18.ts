// linux-6.18 profile with 6.1's copy for an XDP program: a page of its own per frame (truesize 4352) instead of a
// fragment of the queue's page pool. Kernel 6.18: drivers/net/veth.c:veth_convert_skb_to_xdp_buff calls
// net/core/skbuff.c:skb_pp_cow_data, which asks rq->page_pool for SKB_HEAD_ALIGN(len) + XDP_PACKET_HEADROOM, so a
// socket behind a veth whose program passes frames is charged far less per datagram.
import { faulty } from './lib.ts';

export const description = 'linux-6.18 veth_convert_skb_to_xdp_buff copies each frame into a page of its own (6.1\'s rule)';

export default faulty('xdp-cow-page-6-18', description, ['linux-6.18'], { xdpCow: 'page' });
