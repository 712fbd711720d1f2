# The busybox network tools as a student meets them in containers (ping, ip, ifconfig, netstat,
# nslookup, wget) on a user-defined bridge, on --network none and on an --internal network.
docker network create --subnet 172.30.0.0/16 g-nt >/dev/null
docker run -d --name g-web --network g-nt --network-alias www busybox httpd -f -p 80 >/dev/null
docker run --rm --network g-nt busybox ping -c 2 g-web
docker run --rm --network g-nt busybox ping -c 1 -q www
docker run --rm --network g-nt busybox ping -c 1 -W 1 nothere
docker run --rm --network g-nt busybox ping -c 2 -W 1 172.30.0.77
docker run --rm --network g-nt busybox ping -c 1 -w 1 172.30.0.1
docker run --rm --network g-nt busybox ping
docker run --rm --network g-nt busybox ip addr
docker run --rm --network g-nt busybox ip -o link
docker run --rm --network g-nt busybox ip route
docker run --rm --network g-nt busybox ip -4 addr show eth0
docker run --rm --network g-nt busybox ip -o addr
docker run --rm --network g-nt busybox ip addr show eth9
docker run --rm --network g-nt busybox ip link show lo
docker run --rm --network g-nt busybox ifconfig
docker run --rm --network g-nt busybox ifconfig eth0
docker run --rm --network none busybox ip addr
docker run --rm --network none busybox ip route
docker run --rm --network none busybox ifconfig
docker run --rm --network none busybox ping -c 1 -W 1 172.30.0.2
docker exec g-web netstat -tln
docker exec g-web netstat -tlnp
docker run --rm --network g-nt busybox nslookup g-web
docker run --rm --network g-nt busybox nslookup nothere
docker run --rm --network g-nt busybox wget -q -O- http://g-web/nope
docker network create --internal --subnet 172.31.0.0/16 g-nti >/dev/null
docker run -d --name g-iweb --network g-nti -p 8089:80 busybox httpd -f -p 80 >/dev/null
docker port g-iweb
docker ps --filter name=g-iweb --format '{{.Names}} [{{.Ports}}]'
curl -s localhost:8089
docker run --rm --network g-nti busybox ip route
docker run --rm --network g-nti busybox ping -c 1 -W 1 172.30.0.2
docker run --rm --network g-nti busybox ping -c 1 -W 1 g-iweb
docker run --rm --network g-nti busybox ping -c 1 -W 1 172.31.0.1
docker run --rm --network g-nti busybox wget -q -O- http://172.30.0.2/
docker run --rm --network g-nt busybox wget -q -O- http://172.31.0.2/
docker rm -f g-web g-iweb >/dev/null
docker network rm g-nt g-nti >/dev/null
